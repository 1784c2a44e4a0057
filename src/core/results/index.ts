/** The results sheet's shared pieces: report schema, statistics, bands, masking, layout. */
export * from "./schema";
export * from "./stats";
export * from "./bands";
export * from "./masking";
export * from "./pseudonym";
export * from "./metrics";
export * from "./sheets";
export * from "./stages";
export * from "./bilan";
export * from "./pairing";
export * from "./bilan-sheet";
