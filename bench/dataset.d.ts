import type { Dataset } from '../src/data/types.js';

export declare const CATEGORIES: readonly string[];
export declare const START: number;
export declare const END: number;
export declare function random(seed: number): () => number;
export declare function dataset(n: number, seed?: number): Dataset;
export declare function parseSpan(date: string): [number, number];
