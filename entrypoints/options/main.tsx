import { mountPage } from '@/components/mount';
import { t } from '@/utils/i18n';
import { App } from './App';
import './options.css';

mountPage(() => <App />, t('options_title'));
