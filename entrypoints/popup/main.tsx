import { mountPage } from '@/components/mount';
import { t } from '@/utils/i18n';
import { App } from './App';
import './popup.css';

mountPage(() => <App />, t('extName'));
