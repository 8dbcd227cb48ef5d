// Types for .storybook/main.ts; the module itself is plain JavaScript, run by Node.

export interface ContentUnitFigures {
  /** E.g. `explainer/ischaemia`. */
  name: string;
  audience: 'patient' | 'clinician';
  /** Flesch reading ease, one decimal. */
  readingEase: number;
  sentences: number;
  words: number;
  wordsPerSentence: number;
  statements: number;
  sourcesCited: number;
}

export interface ContentFigures {
  /** The lowest reading ease the content gates allow for patient text. */
  minimumReadingEase: number;
  units: ContentUnitFigures[];
}

export declare function contentFigures(): Promise<ContentFigures>;
