/** Line and column of every node of a parsed YAML (or JSON) document, by JSON pointer. */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { LoadedConfig, SourceMap } from './types.js';
import { childPointer, parentPointer } from './issue.js';

type Position = { line: number; column: number };

export interface DocumentPositions {
  /**
   * Where the value at a pointer is introduced: its key for a collection or an empty value (the `data:` line),
   * the value itself for a scalar, the node for a list item.
   */
  values: SourceMap;
  /** Where the key of a mapping entry is. */
  keys: SourceMap;
}

export function documentPositions(doc: Document, lineCounter: LineCounter): DocumentPositions {
  const values: SourceMap = new Map();
  const keys: SourceMap = new Map();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };

  // Aliases are not followed: their children stay at the alias, which is what the user wrote there.
  const visit = (node: Node, pointer: string, keyPosition?: Position): void => {
    const isCollection = isMap(node) || isSeq(node);
    const isEmpty = isScalar(node) && node.range !== undefined && node.range !== null && node.range[0] === node.range[1];
    const own = node.range ? at(node.range[0]) : undefined;
    const position = keyPosition && (isCollection || isEmpty || !own) ? keyPosition : own;
    if (position) values.set(pointer, position);

    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = childPointer(pointer, key);
        const keyNode = pair.key as Node | null;
        const keyAt = keyNode?.range ? at(keyNode.range[0]) : undefined;
        if (keyAt) keys.set(child, keyAt);
        if (pair.value) visit(pair.value as Node, child, keyAt);
        else if (keyAt) values.set(child, keyAt);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (item) visit(item as Node, childPointer(pointer, index));
      });
    }
  };

  if (doc.contents) visit(doc.contents as Node, '');
  if (!values.has('')) values.set('', { line: 1, column: 1 });
  return { values, keys };
}

/** Where a config key stands: its file, and the line and column of the key or of its nearest ancestor in the file. */
export function configPosition(
  loaded: Pick<LoadedConfig, 'file' | 'sourceMap'>,
  pointer: string,
): { file: string; line?: number; column?: number } {
  let at = pointer;
  while (!loaded.sourceMap.has(at) && at !== '') at = parentPointer(at);
  const found = loaded.sourceMap.get(at);
  return { file: loaded.file, line: found?.line, column: found?.column };
}
