// Styles more than one element uses: side panel lists, modal dialogs, text only screen readers see.
import { css } from 'lit';

export const dialogStyles = css`
  dialog {
    border: 1px solid #cfc7b4;
    border-radius: 10px;
    padding: 20px 24px;
    font:
      15px/1.4 'PT Sans',
      system-ui,
      sans-serif;
    color: #1d1b17;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.25);
  }
  h2 {
    margin: 0 0 12px;
    font-size: 18px;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
  }
  label {
    display: block;
    padding: 4px 0;
  }
  .note {
    font-size: 13px;
    color: #5f5a50;
  }
  .buttons {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
  }
  button {
    font: inherit;
    padding: 6px 14px;
    border-radius: 6px;
    border: 1px solid #b9b2a3;
    background: #fff;
    cursor: pointer;
  }
  button.primary {
    background: #1d4ed8;
    border-color: #1d4ed8;
    color: #fff;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
`;

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The lists of the side panels: library, entities, annotations. */
export const panelListStyles = css`
  :host {
    display: block;
    font:
      14px/1.35 'PT Sans',
      system-ui,
      sans-serif;
    color: #222;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  button {
    width: 100%;
    text-align: left;
    border: 1px solid transparent;
    border-radius: 6px;
    background: none;
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:hover {
    background: #f1efe9;
  }
  button:focus-visible {
    outline: 2px solid #1d4ed8;
  }
  .empty {
    color: #5f5a50;
    padding: 0 10px;
    margin: 0;
  }
`;

/** A key the editor can press, shown beside the action it triggers. */
export const keyHintStyles = css`
  kbd {
    font:
      11px/1 ui-monospace,
      monospace;
    color: #666;
    border: 1px solid #ccc;
    border-radius: 3px;
    padding: 1px 3px;
  }
`;

/** A view that takes the centre of the window instead of the article (the entity index, the text search). */
export const centreViewStyles = css`
  :host {
    display: block;
    margin: 0 auto;
    font:
      14px/1.4 'PT Sans',
      system-ui,
      sans-serif;
    color: #1d1b17;
  }
  h1 {
    font:
      700 26px/1.2 'PT Serif',
      Georgia,
      serif;
    margin: 0 0 16px;
  }
`;

/** The small buttons and fields beside a list or a form's fields: the rules inside a selector that uses them. */
export const smallControlRules = css`
  font: inherit;
  font-size: 13px;
  padding: 3px 8px;
  border-radius: 5px;
  border: 1px solid #b9b2a3;
  background: #fff;
  color: inherit;
`;
