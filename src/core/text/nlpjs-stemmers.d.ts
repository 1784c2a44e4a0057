/** The two Snowball stemmers Parcours uses from NLP.js (the packages ship no type declarations). */
interface SnowballStemmer {
  setCurrent(word: string): void;
  innerStem(): boolean;
  getCurrent(): string;
}

declare module "@nlpjs/lang-fr/src/stemmer-fr" {
  const StemmerFr: new () => SnowballStemmer;
  export = StemmerFr;
}

declare module "@nlpjs/lang-en-min/src/stemmer-en" {
  const StemmerEn: new () => SnowballStemmer;
  export = StemmerEn;
}
