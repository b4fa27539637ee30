// The article view's head line, find bar, frame and palette.
import { css } from 'lit';

export const articleViewStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    color: #1d1b17;
  }
  :host([hidden]) {
    display: none;
  }
  .head {
    flex: none;
    padding: 20px 32px 8px;
    /* The article scrolls under this line. */
    border-bottom: 1px solid #ece8df;
  }
  .meta {
    /* As wide as the article's lines (68 characters of its font), to line up with them. */
    max-width: 68ch;
    margin: 0 auto;
    font:
      19px/1.6 'PT Serif',
      Georgia,
      serif;
  }
  .meta-line {
    font:
      13px/1.4 'PT Sans',
      system-ui,
      sans-serif;
    color: #5f5a50;
    display: flex;
    gap: 12px;
    flex-wrap: wrap;
  }
  .reading {
    /* The article's frame scrolls itself; the palette over it is clipped to it. */
    position: relative;
    flex: 1;
    min-height: 0;
    overflow: hidden;
  }
  iframe {
    display: block;
    width: 100%;
    height: 100%;
    border: none;
  }
  .search {
    flex: none;
    display: flex;
    align-items: center;
    gap: 6px;
    box-sizing: border-box;
    width: min(68ch, calc(100% - 64px));
    margin: 12px auto 0;
    padding: 6px 8px;
    background: #fff;
    border: 1px solid #cfc7b4;
    border-radius: 8px;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.08);
    font:
      14px/1.3 'PT Sans',
      system-ui,
      sans-serif;
  }
  .search input {
    flex: 1;
    font: inherit;
    padding: 4px 6px;
    border: 1px solid #cfc7b4;
    border-radius: 5px;
  }
  .search button {
    font: inherit;
    padding: 3px 8px;
    border-radius: 5px;
    border: 1px solid #b9b2a3;
    background: #fff;
    cursor: pointer;
  }
  .search-status {
    min-width: 6em;
    color: #5f5a50;
    font-size: 13px;
  }
  .link {
    font: inherit;
    color: #1d4ed8;
    background: none;
    border: none;
    padding: 0;
    cursor: pointer;
    text-decoration: underline;
  }
  nr-tag-palette {
    position: absolute;
    z-index: 2;
  }
`;
