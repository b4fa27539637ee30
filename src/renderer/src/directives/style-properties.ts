// Sets inline style properties through the CSSOM. Lit's styleMap writes a `style` attribute on first render,
// which the app's Content-Security-Policy (no 'unsafe-inline') blocks; CSSOM writes are allowed.
import type { AttributePart, PartInfo } from 'lit/directive.js';
import { Directive, directive, PartType } from 'lit/directive.js';
import { noChange } from 'lit';

class StylePropertiesDirective extends Directive {
  private previousNames = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProperties() belongs in a style attribute');
    }
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = part.element.style;
    for (const name of this.previousNames) {
      if (!(name in properties)) style.removeProperty(name);
    }
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previousNames = new Set(Object.keys(properties));
    return noChange;
  }
}

/** `style=${styleProperties({ left: '4px', '--swatch': color })}`: property names in CSS (kebab) case. */
export const styleProperties = directive(StylePropertiesDirective);
