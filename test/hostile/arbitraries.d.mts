import type { Arbitrary } from 'fast-check';

export interface FuzzInput {
  name: string;
  bytes: Buffer;
}
export interface Fixture {
  name: string;
  bytes: Buffer;
}
export declare const FILE_NAMES: string[];
export declare const TOKENS: string[];
export declare function applyEdits(bytes: Buffer, edits: unknown[]): Buffer;
export declare function loadFixtures(root: string): Fixture[];
export declare function anyBytes(maxLength?: number): Arbitrary<FuzzInput>;
export declare function anyString(maxLength?: number): Arbitrary<FuzzInput>;
export declare function soup(maxTokens?: number): Arbitrary<FuzzInput>;
export declare function mutatedFixture(fixtures: Fixture[]): Arbitrary<FuzzInput>;
export declare function anyInput(fixtures: Fixture[]): Arbitrary<FuzzInput>;
export declare function extensionFor(name: string): string;
