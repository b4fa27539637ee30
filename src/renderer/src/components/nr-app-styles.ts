// The window's layout: header and toolbar, notices, the three panes, the status line and the drop overlay.
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto auto 1fr auto;
    height: 100vh;
    font:
      15px/1.4 'PT Sans',
      system-ui,
      sans-serif;
    color: #1d1b17;
    background: #fbfaf7;
  }
  /* Out of sight until the keyboard reaches it: the header's first Tab stop, over it. */
  header .skip-link {
    position: absolute;
    left: 8px;
    top: -40px;
    z-index: 10;
    padding: 6px 12px;
    background: #fff;
    border: 2px solid #1d4ed8;
    border-radius: 6px;
    color: #1d4ed8;
  }
  header .skip-link:focus {
    top: 6px;
  }
  /* One line whatever the language, as tall as the first screen paints it: the keys' legend gives way first. */
  header {
    display: flex;
    align-items: center;
    gap: 16px;
    padding: 8px 16px;
    border-bottom: 1px solid #e2ddd2;
    background: #f4f1ea;
  }
  .brand {
    flex-shrink: 0;
    white-space: nowrap;
    font-weight: 700;
    letter-spacing: 0.01em;
  }
  [role='toolbar'] {
    display: flex;
    flex-shrink: 0;
    gap: 6px;
  }
  .language {
    display: flex;
    flex-direction: column;
    gap: 2px;
    font-size: 12px;
    color: #4a463e;
  }
  .language select {
    font:
      13px/1.3 'PT Sans',
      system-ui,
      sans-serif;
    padding: 3px 4px;
    border: 1px solid #b9b2a3;
    border-radius: 6px;
    background: #fff;
    color: #222;
  }
  header button,
  .notices button {
    font: inherit;
    padding: 5px 12px;
    border-radius: 6px;
    border: 1px solid #b9b2a3;
    background: #fff;
    color: inherit;
    cursor: pointer;
  }
  header button[aria-pressed='true'] {
    background: #e9e4d8;
    border-color: #8f8775;
  }
  header button:disabled {
    color: #9a958b;
    border-color: #ddd8cd;
    cursor: default;
  }
  header button:focus-visible,
  .notices button:focus-visible {
    outline: 2px solid #1d4ed8;
    outline-offset: 1px;
  }
  .keys {
    margin-left: auto;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    font-size: 12px;
    color: #5f5a50;
    display: flex;
    gap: 10px;
  }
  .keys span::before {
    content: '';
    display: inline-block;
    width: 9px;
    height: 9px;
    border-radius: 2px;
    margin-right: 4px;
    background: var(--swatch);
  }
  .notices {
    margin: 8px 16px 0;
    padding: 10px 14px;
    border: 1px solid #e0a39d;
    background: #fdf0ee;
    border-radius: 8px;
  }
  .notices h2 {
    font-size: 15px;
    margin: 0 0 4px;
  }
  .notices ul {
    margin: 0 0 8px;
    padding-left: 20px;
  }
  main {
    display: grid;
    grid-template-columns: 250px minmax(0, 1fr) 330px;
    min-height: 0;
  }
  main > * {
    min-height: 0;
    overflow: auto;
  }
  nav,
  aside {
    padding: 12px 8px;
    background: #f7f5f0;
  }
  nav {
    border-right: 1px solid #e2ddd2;
    /* The library list scrolls between its search and the library's actions, which stay in view. */
    display: flex;
    flex-direction: column;
    overflow: hidden;
  }
  nav nr-library {
    flex: 1;
  }
  nav .library-actions {
    flex: none;
  }
  aside {
    border-left: 1px solid #e2ddd2;
    /* The details of the focused annotation stay in view while the lists below scroll. */
    display: flex;
    flex-direction: column;
    overflow: hidden;
    padding-bottom: 0;
  }
  aside .inspector {
    flex: none;
    max-height: 62%;
    overflow: auto;
    padding-bottom: 8px;
    border-bottom: 1px solid #e2ddd2;
  }
  aside .lists {
    flex: 1;
    min-height: 0;
    overflow: auto;
    padding-bottom: 12px;
  }
  nav h2,
  aside h2 {
    font-size: 12px;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    color: #5f5a50;
    margin: 4px 10px 8px;
  }
  aside h2:not(:first-child) {
    margin-top: 22px;
  }
  .reader {
    padding: 28px 32px;
  }
  .reader:has(> nr-article-view:not([hidden])) {
    /* The article scrolls in its own frame, which fills the reader above the suggestions' bar. */
    padding: 0;
    overflow: hidden;
    display: flex;
    flex-direction: column;
  }
  .reader > nr-article-view {
    flex: 1;
    min-height: 0;
  }
  .reader > nr-suggestions {
    flex: none;
  }
  .empty-state {
    max-width: 52ch;
    margin: 12vh auto 0;
    color: #3d3a33;
  }
  .empty-state h1 {
    font:
      700 26px/1.2 'PT Serif',
      Georgia,
      serif;
  }
  kbd {
    font:
      12px/1 ui-monospace,
      monospace;
    border: 1px solid #c9c2b2;
    border-radius: 4px;
    padding: 2px 5px;
    background: #fff;
  }
  .library-actions {
    display: grid;
    gap: 4px;
    margin: 16px 4px 0;
  }
  .library-actions button {
    font:
      13px/1.3 'PT Sans',
      system-ui,
      sans-serif;
    padding: 4px 8px;
    border-radius: 6px;
    border: 1px solid #cfc7b4;
    background: #fff;
    color: inherit;
    cursor: pointer;
    text-align: left;
  }
  footer progress {
    width: 160px;
    margin-right: 8px;
    vertical-align: middle;
  }
  .desk-author {
    /* Under the pane's heading, at its indent. */
    margin: -4px 10px 8px;
    font-size: 12px;
    color: #5f5a50;
  }
  footer .desk-sync.problem {
    color: #8f1d12;
  }
  footer {
    display: flex;
    justify-content: space-between;
    gap: 16px;
    padding: 4px 16px;
    font-size: 12px;
    color: #5f5a50;
    border-top: 1px solid #e2ddd2;
    min-height: 18px;
  }
  .drop-overlay {
    position: fixed;
    inset: 12px;
    border: 3px dashed #1d4ed8;
    border-radius: 14px;
    background: rgb(29 78 216 / 0.08);
    display: grid;
    place-items: center;
    font-size: 22px;
    color: #1d4ed8;
    pointer-events: none;
  }
`;
