import { Show } from 'solid-js';

/** What a user's last action on a section came to: read out as a status, or as an alert when it failed. */
export type NoticeText = { text: string; error: boolean };

export function Notice(props: { notice: NoticeText | undefined }) {
  return (
    <Show when={props.notice}>
      {(shown) => (
        <p role={shown().error ? 'alert' : 'status'} classList={{ error: shown().error }}>
          {shown().text}
        </p>
      )}
    </Show>
  );
}
