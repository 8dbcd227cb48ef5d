import { expect } from '@open-wc/testing';
import { useWarnings } from '../test-utils/warnings.js';
import { CircElement } from './circ-element.js';
import { define } from './define.js';
import { VERSION } from './version.js';

let counter = 0;
const uniqueTag = () => `circ-define-test-${Date.now()}-${counter++}`;

describe('define()', () => {
  const warnings = useWarnings();

  it('registers a new tag and reports that it did', () => {
    const tag = uniqueTag();
    class Element extends CircElement {}
    expect(define(tag, Element)).to.equal(true);
    expect(customElements.get(tag)).to.equal(Element);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('is silent when the same version defines the tag again', () => {
    const tag = uniqueTag();
    class First extends CircElement {}
    class Second extends CircElement {}
    define(tag, First);
    expect(define(tag, First)).to.equal(false);
    expect(define(tag, Second)).to.equal(false);
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('keeps the first definition and warns once when another version defined the tag', () => {
    const tag = uniqueTag();
    class OlderCopy extends HTMLElement {
      static readonly version = '0.0.1-older';
    }
    customElements.define(tag, OlderCopy);
    class Ours extends CircElement {}

    expect(() => define(tag, Ours)).not.to.throw();
    define(tag, Ours);

    expect(customElements.get(tag)).to.equal(OlderCopy);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(new RegExp(`^${tag}: `));
    expect(warnings.messages[0]).to.contain('0.0.1-older').and.contain(VERSION);
  });

  it('warns when unrelated code already owns the tag', () => {
    const tag = uniqueTag();
    customElements.define(tag, class extends HTMLElement {});
    class Ours extends CircElement {}
    define(tag, Ours);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('other code');
  });

  it('never throws when the platform refuses the definition', () => {
    class Reused extends CircElement {}
    define(uniqueTag(), Reused);
    const secondTag = uniqueTag();
    // The platform forbids one constructor under two names.
    let result: boolean | undefined;
    expect(() => {
      result = define(secondTag, Reused);
    }).not.to.throw();
    expect(result).to.equal(false);
    expect(customElements.get(secondTag)).to.equal(undefined);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(new RegExp(`^${secondTag}: could not be registered`));
  });

  it('also defines the elements a class renders inside it (its dependencies)', () => {
    const tag = uniqueTag();
    const innerTag = uniqueTag();
    class Inner extends CircElement {}
    class Outer extends CircElement {
      static override dependencies = { [innerTag]: Inner };
    }
    expect(define(tag, Outer)).to.equal(true);
    expect(customElements.get(innerTag)).to.equal(Inner);
    expect(customElements.get(tag)).to.equal(Outer);
    expect(warnings.messages).to.deep.equal([]);
  });

  it('leaves a dependency that is already defined alone, without a warning', () => {
    const innerTag = uniqueTag();
    class Inner extends CircElement {}
    define(innerTag, Inner);
    class Outer extends CircElement {
      static override dependencies = { [innerTag]: Inner };
    }
    expect(define(uniqueTag(), Outer)).to.equal(true);
    expect(customElements.get(innerTag)).to.equal(Inner);
    expect(warnings.messages).to.deep.equal([]);
  });
});
