import type { Source } from '../../content/source.types.js';

/** A source split into the pieces of a Vancouver-like reference. */
export interface ReferenceParts {
  /** "Leng GC, Fowkes FGR." or undefined. */
  authors?: string;
  /** "The Edinburgh Claudication Questionnaire: … surveys." */
  title: string;
  /** "J Clin Epidemiol. 1992;45(10):1101–1109." or undefined. */
  publication?: string;
}

const endsWithPunctuation = /[.?!]$/;

/** Vancouver style names the first six authors, then "et al.". */
const authorsNamed = 6;

function authorList(authors: readonly string[]): string {
  if (authors.length <= authorsNamed) return authors.join(', ');
  return `${authors.slice(0, authorsNamed).join(', ')}, et al`;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return endsWithPunctuation.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Formats a source in a Vancouver-like style: authors (the first six, then "et al.").
 * Title. Publisher. Year;note.
 * Missing details are simply left out, never guessed.
 */
export function referenceParts(source: Source): ReferenceParts {
  const yearAndNote = [source.year, source.note].filter((part) => part !== undefined).join(';');
  const publication = [source.publisher, yearAndNote].filter((part) => part).join('. ');
  return {
    authors: source.authors?.length ? sentence(authorList(source.authors)) : undefined,
    title: sentence(source.title),
    publication: publication ? sentence(publication) : undefined,
  };
}
