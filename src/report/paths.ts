import { sep } from 'node:path';

/**
 * A path with '/' separators, for formats that expect them (GitHub annotations, SARIF URIs). Only
 * on Windows is '\' a separator; elsewhere it is part of a name (and of the escaped form of a name
 * that is not UTF-8, "caf\xE9.html"), so it is kept.
 */
export function slashPath(path: string): string {
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}
