export interface SourceMap {
  sources: string[];
  mappings: string;
  sourceRoot?: string;
}

export interface Segment {
  column: number;
  source: number | null;
}

export interface Chunk {
  file: string;
  code: string;
  map: SourceMap;
  gzip: number;
  fallback?: string;
}

export interface Part {
  name: string;
  size: number;
}

export const UNMAPPED: string;
export function decodeVlq(text: string): number[];
export function decodeMappings(mappings: string): Segment[][];
export function bytesBySource(code: string, map: SourceMap, unmapped?: string): Map<string, number>;
export function shareOut(bytes: Map<string, number>, total: number): Map<string, number>;
export function sourcePath(mapFile: string, source: string, sourceRoot?: string): string;
export function packageOf(path: string): string | null;
export function folderOf(path: string): string;
export function breakdown(chunks: Chunk[]): { packages: Part[]; folders: Part[] };
