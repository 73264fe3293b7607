/**
 * Text that is not ours (paths, data strings, API answers, error messages) on its way into a GitHub runner's log.
 * The runner reads any stdout line starting with `::` as a workflow command (`::set-output`, `::add-mask::`,
 * `::error`), so a newline inside such text must not start a line; control characters would reach annotations
 * and terminals raw (NUL, BEL, ESC sequences).
 */

/** C0 controls but tab, line feed and carriage return; DEL; C1 controls (0x9B starts a terminal sequence too). */
// eslint-disable-next-line no-control-regex -- these control characters are what the pattern exists to find
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * For a workflow command's message or property (`core.warning`, `core.error`, annotations, group titles), which
 * @actions/core escapes itself (`%`, CR, LF): only the controls are dropped.
 */
export function commandText(text: string): string {
  return text.replace(CONTROLS, '');
}

/**
 * For a plain log line (`core.info`), which nothing escapes: controls dropped, and `%`, CR and LF escaped as the
 * runner escapes command data (`%25`, `%0D`, `%0A`), so the text stays one line; a line that would still start
 * with `::` gets a space in front.
 */
export function logLine(text: string): string {
  const line = commandText(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return line.startsWith('::') ? ` ${line}` : line;
}
