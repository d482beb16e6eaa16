/** The Reply box: linted as the agent types by the in-browser engine, findings underlined in a mirror under the
 * textarea, each listed with its principle and a one-click rewrite; `<slots>` left to fill are highlighted. */
import { Alert, Badge, Button, Group, Input, Kbd, Stack, Text } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { forwardRef, type ReactNode, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import classes from './console.module.css';
import { applyRewrite, findSlots, type LintFinding, principleName, rewriteWords } from './engine';

export interface ReplyBoxHandle {
  focus(): void;
  /** Selects the first `<slot>` so typing replaces it; false when there is none. */
  selectFirstSlot(): boolean;
}

interface Props {
  value: string;
  onChange(value: string): void;
  findings: readonly LintFinding[];
  onSend(): void;
  sendBlocked: string | null;
  disabled?: boolean;
  /**
   * `send`: the reply becomes the agent's turn. `say`: on a followed live call the agent says it (the transcription
   * adds it to their lane). `callback`: the conversation is over (hung up, or the call ended); the agent prepares
   * what to say when they call back. In the last two the box is checked as they type and Ctrl+Enter clears it.
   */
  mode?: 'send' | 'say' | 'callback';
}

const MODE_TEXT = {
  send: {
    hint: 'Linted as you type. Ctrl+Enter sends; Alt+R applies the first rewrite.',
    before: 'sending',
    button: 'Send reply',
  },
  say: {
    hint: 'Checked as you type: say it on the call, the transcription adds it to your lane. Ctrl+Enter clears it; Alt+R applies the first rewrite.',
    before: 'you say it',
    button: 'Said it, clear',
  },
  callback: {
    hint: 'The conversation is over: prepare what you will say when you call back, checked as you type. Ctrl+Enter clears it.',
    before: 'you say it',
    button: 'Clear',
  },
} as const;

/** The reply with each finding and slot wrapped in a mark (findings may overlap: the first wins a character). */
function renderMirror(text: string, findings: readonly LintFinding[]): ReactNode[] {
  type Mark = { start: number; end: number; className: string };
  const marks: Mark[] = [
    ...findSlots(text).map((s) => ({ start: s.start, end: s.end, className: classes.slot ?? '' })),
    ...findings
      .filter((f) => f.span.end <= text.length)
      .map((f) => ({
        start: f.span.start,
        end: f.span.end,
        className: (f.polarity === 'anti' ? classes.anti : classes.move) ?? '',
      })),
  ].sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) out.push(text.slice(at, mark.start));
    out.push(
      <span key={`${mark.start}-${mark.end}`} className={mark.className}>
        {text.slice(mark.start, mark.end)}
      </span>,
    );
    at = mark.end;
  }
  out.push(text.slice(at));
  // A trailing newline needs a character after it to take up its line in the mirror.
  out.push('\u200b');
  return out;
}

export const ReplyBox = forwardRef<ReplyBoxHandle, Props>(function ReplyBox(
  { value, onChange, findings, onSend, sendBlocked, disabled, mode = 'send' },
  ref,
) {
  const input = useRef<HTMLTextAreaElement>(null);
  const mirror = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => ({
    focus: () => input.current?.focus(),
    selectFirstSlot: () => {
      const slot = findSlots(input.current?.value ?? '')[0];
      if (!slot || !input.current) return false;
      input.current.focus();
      input.current.setSelectionRange(slot.start, slot.end);
      return true;
    },
  }));
  // The textarea grows with its text, so the mirror under it never has to scroll.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measure whenever the text changes.
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);
  const anti = findings.filter((f) => f.polarity === 'anti');
  const moves = findings.filter((f) => f.polarity === 'move');
  const mirrorContent = useMemo(() => renderMirror(value, findings), [value, findings]);
  const slots = findSlots(value);

  const apply = (finding: LintFinding) => {
    const next = applyRewrite(value, finding);
    if (next === null) return;
    onChange(next);
    requestAnimationFrame(() => {
      const el = input.current;
      if (!el) return;
      el.focus();
      const slot = findSlots(next)[0];
      if (slot) el.setSelectionRange(slot.start, slot.end);
    });
  };

  return (
    <Stack gap="xs">
      <Input.Wrapper
        label="Reply"
        description={MODE_TEXT[mode].hint}
        id="reply-wrapper"
        labelProps={{ htmlFor: 'reply' }}
      >
        <div className={classes.replyWrap}>
          <div ref={mirror} className={classes.replyMirror} aria-hidden="true">
            {mirrorContent}
          </div>
          <textarea
            id="reply"
            ref={input}
            className={classes.replyInput}
            value={value}
            disabled={disabled}
            spellCheck
            placeholder="Type your reply, or insert the cue's words (Alt+1)"
            aria-describedby="reply-wrapper-description reply-findings-summary"
            onChange={(e) => onChange(e.currentTarget.value)}
            onScroll={(e) => {
              if (mirror.current) mirror.current.scrollTop = e.currentTarget.scrollTop;
            }}
            onKeyDown={getHotkeyHandler([
              ['mod+Enter', onSend],
              ['alt+r', () => anti[0] && apply(anti[0])],
            ])}
          />
        </div>
      </Input.Wrapper>
      <Text id="reply-findings-summary" size="xs" c="dimmed" aria-live="polite">
        {value.trim() === ''
          ? 'Nothing to check yet.'
          : anti.length === 0
            ? `No problems found${moves.length ? ` · ${moves.length} good move${moves.length > 1 ? 's' : ''}` : ''}.`
            : `${anti.length} problem${anti.length > 1 ? 's' : ''} to fix before ${MODE_TEXT[mode].before}.`}
        {slots.length > 0
          ? ` ${slots.length} field${slots.length > 1 ? 's' : ''} to fill: ${slots.map((s) => s.text).join(', ')}.`
          : ''}
      </Text>
      {anti.length > 0 ? (
        <Stack gap={6} component="ul" p={0} m={0} aria-label="Problems in your reply" style={{ listStyle: 'none' }}>
          {anti.map((f, i) => {
            const words = rewriteWords(f.rewrite);
            return (
              <Alert
                component="li"
                // A list item, not an alert: the summary line above already announces the count politely.
                role="listitem"
                key={`${f.label}-${f.span.start}`}
                color="red"
                variant="light"
                p="xs"
                data-testid="reply-finding"
              >
                <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                  <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Group gap={6}>
                      <Badge color="red" size="sm">
                        {f.principle}
                      </Badge>
                      <Text size="sm" fw={600}>
                        {principleName(f.principle)}
                      </Text>
                      <Text size="sm" c="dimmed">
                        “{value.slice(f.span.start, f.span.end)}”
                      </Text>
                    </Group>
                    <Text size="sm">{f.message}</Text>
                    {f.rewrite ? (
                      <Text size="sm" c="dimmed">
                        {f.rewrite}
                      </Text>
                    ) : null}
                  </Stack>
                  {words ? (
                    <Button
                      size="xs"
                      variant="white"
                      color="red"
                      onClick={() => apply(f)}
                      rightSection={i === 0 ? <Kbd className={classes.kbd}>Alt+R</Kbd> : undefined}
                      style={{ flexShrink: 0 }}
                    >
                      Rewrite
                    </Button>
                  ) : null}
                </Group>
              </Alert>
            );
          })}
        </Stack>
      ) : null}
      {moves.length > 0 ? (
        <Group gap={4} role="group" aria-label="Good moves in your reply">
          {moves.map((f) => (
            <Badge key={`${f.label}-${f.span.start}`} color="teal" variant="light" size="sm">
              {f.principle} {principleName(f.principle)}
            </Badge>
          ))}
        </Group>
      ) : null}
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c={sendBlocked ? 'orange.9' : 'dimmed'} role={sendBlocked ? 'status' : undefined}>
          {sendBlocked ?? ''}
        </Text>
        <Button
          onClick={onSend}
          disabled={disabled || value.trim() === ''}
          rightSection={<Kbd className={classes.kbd}>Ctrl+Enter</Kbd>}
        >
          {MODE_TEXT[mode].button}
        </Button>
      </Group>
    </Stack>
  );
});
