import { describe, expect, it } from 'vitest';
import { commandText, logLine } from '../../shared/platform/log-text.js';

describe('log text', () => {
  it('keeps a plain log line one line that starts no workflow command', () => {
    expect(logLine('report: out\n::set-output name=x::1\r\n::add-mask::y 100%')).toBe(
      'report: out%0A::set-output name=x::1%0D%0A::add-mask::y 100%25',
    );
    expect(logLine('::add-mask::secret')).toBe(' ::add-mask::secret');
    expect(logLine('a\tb')).toBe('a\tb');
  });

  it('drops C0 and C1 controls but tab, LF and CR (which @actions/core escapes in commands)', () => {
    expect(commandText('a\u0000b\u0007c\u001b[31md\u009be\u007f\tf\ng')).toBe('abc[31mde\tf\ng');
    expect(logLine('\u001b]0;title\u0007x')).toBe(']0;titlex');
  });
});
