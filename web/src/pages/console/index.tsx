/** The Console: the agent's home. A conversation in two lanes, coached live by the in-browser engine. */
import '@mantine/dates/styles.css';
import '@mantine/charts/styles.css';
import {
  Alert,
  Badge,
  Button,
  Group,
  Kbd,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getHotkeyHandler, useDebouncedValue, useDisclosure, useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { type CSSProperties, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { api, errorMessage, unwrap } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { notify } from '../common/notify';
import { CaseCapture } from './CaseCapture';
import { AngerMeter, Cues, StageTrack } from './Coach';
import classes from './console.module.css';
import {
  B3_ENDING,
  type Cue,
  createLiveSession,
  findSlots,
  insertText,
  type LintFinding,
  lint,
  lintContextOf,
  parsePasted,
} from './engine';
import { Lanes } from './Lanes';
import { LiveCalls, LiveCallBar } from './LiveCalls';
import { ReplyBox, type ReplyBoxHandle } from './ReplyBox';
import { useConversation } from './useConversation';
import { type FollowedCall, type FollowSnapshot, useLiveCalls } from './useLiveCalls';

export const SHORTCUTS: Array<[string, string]> = [
  ['Ctrl+Enter', 'Send the reply (or add the customer’s words, in their box)'],
  ['Alt+1 / Alt+2', 'Insert the first / second cue’s words into the reply'],
  ['Alt+R', 'Apply the first rewrite to the reply'],
  ['Alt+C', 'Go to “Customer says”'],
  ['Alt+Y', 'Go to the reply'],
  ['Alt+P', 'Paste a whole conversation'],
  ['Alt+H', 'The customer hung up (Chaser, F5)'],
  ['Alt+S', 'Alert a supervisor (abuse)'],
  ['Alt+E', 'End the conversation and capture the case'],
  ['Alt+N', 'Start a new conversation'],
  ['?', 'Show these shortcuts'],
];

const EXAMPLE = `Customer: This is the third time I'm calling! You people charged me twice and nobody has fixed it. This is ridiculous!
Agent: I understand. Can I have your account number?`;

/** Lints the reply and records each run as a `defuse:lint` performance measure (bench/web.bench.ts reads them). */
function useLint(text: string, context: ReturnType<typeof lintContextOf>): LintFinding[] {
  const [debounced] = useDebouncedValue(text, 40);
  return useMemo(() => {
    if (debounced.trim() === '') return [];
    const start = performance.now();
    const findings = lint(debounced, context);
    performance.measure('defuse:lint', { start, end: performance.now() });
    return findings;
  }, [debounced, context]);
}

export default function ConsolePage() {
  const { view, addTurn, appendTurn, addEvent, hangup, load, reset, size } = useConversation();
  const [call, setCall] = useState<FollowedCall | null>(null);
  const [customerText, setCustomerText] = useState('');
  const [reply, setReply] = useState('');
  const [sendBlocked, setSendBlocked] = useState<string | null>(null);
  const [pasteOpen, paste] = useDisclosure(false);
  const [pasteText, setPasteText] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const [helpOpen, help] = useDisclosure(false);
  const [captureOpen, capture] = useDisclosure(false);
  const [b3Open, b3] = useDisclosure(false);
  const [savedConversationId, setSavedConversationId] = useState<string | null>(null);
  const [chaserCustomerId, setChaserCustomerId] = useState<string | null>(null);
  const [savedCaseId, setSavedCaseId] = useState<string | null>(null);
  // Ended under B3: the case records it (category, severity) so the ending is documented.
  const [endedUnderB3, setEndedUnderB3] = useState(false);
  const replyBox = useRef<ReplyBoxHandle>(null);
  const workspace = useRef<HTMLDivElement>(null);
  const top = useDocumentTop(workspace);
  const customerBox = useRef<HTMLTextAreaElement>(null);
  const sentAt = useRef<number | null>(null);

  const clearOutcome = () => {
    setReply('');
    setCustomerText('');
    setSavedConversationId(null);
    setChaserCustomerId(null);
    setSavedCaseId(null);
    setEndedUnderB3(false);
  };
  const line = useLiveCalls({
    onSnapshot: (snapshot: FollowSnapshot) => {
      sentAt.current = performance.now();
      load({ turns: snapshot.turns, events: snapshot.events }, snapshot.customerName ?? undefined);
      setCall((previous) => ({
        conversationId: snapshot.conversationId,
        customerId: snapshot.customerId,
        customerName: snapshot.customerName ?? previous?.customerName ?? null,
        channel: snapshot.channel,
        ended: snapshot.ended
          ? (previous?.ended ?? {
              conversationId: snapshot.conversationId,
              score: null,
              hangup: false,
              commitments: [],
            })
          : null,
      }));
    },
    onTurn: (index, turn) => {
      // A turn out of step (a missed frame) asks for the whole conversation again.
      if (index !== size()) {
        if (call) line.follow(call.conversationId);
        return;
      }
      sentAt.current = performance.now();
      appendTurn(turn);
    },
    onEvent: addEvent,
    onEnded: (ended) => {
      setCall((previous) => (previous ? { ...previous, ended } : previous));
      notify({
        color: 'blue',
        title: 'The call has ended',
        message: 'Capture the case now (Alt+E) while it is fresh.',
      });
    },
    onRefused: (message) => {
      setCall(null);
      notify({ color: 'red', title: 'This call cannot be followed', message });
    },
    onIncoming: (incoming) =>
      notify({
        color: 'teal',
        title: 'A live call for you',
        message: `${incoming.customerName ?? 'A customer'} is on the line: follow the call under “Live now”.`,
      }),
  });
  const followCall = (conversationId: string, customerName: string | null) => {
    clearOutcome();
    reset();
    setCall({ conversationId, customerId: null, customerName, channel: null, ended: null });
    line.follow(conversationId);
  };
  /** Stops following and clears the screen (the call stays on the server; it is not this console's any more). */
  const stopFollowing = () => {
    line.unfollow();
    setCall(null);
    reset();
    clearOutcome();
  };
  const onCall = call !== null && call.ended === null;
  // Once the customer hung up (or the followed call ended) the reply is what the agent will say on the call-back.
  const replyMode = view.customerHungUp || call?.ended ? 'callback' : onCall ? 'say' : 'send';

  // The lint context changes only with the conversation, not with each keystroke.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `view.version` stands for the session's contents.
  const lintContext = useMemo(() => lintContextOf(view.session), [view.version]);
  const findings = useLint(reply, lintContext);
  const slots = findSlots(reply);

  useEffect(() => {
    if (slots.length === 0) setSendBlocked(null);
  }, [slots.length]);

  // The linter compiles its rule table and the anger model decodes its weights on first use: pay that while the
  // agent reads the screen, not on their first keystroke or turn.
  useEffect(() => {
    const warm = () => {
      lint('Thanks for waiting.');
      createLiveSession().addTurn({ speaker: 'customer', text: 'This is the second time I am calling about it.' });
    };
    const id = window.requestIdleCallback
      ? window.requestIdleCallback(warm, { timeout: 1500 })
      : window.setTimeout(warm, 200);
    return () => (window.cancelIdleCallback ? window.cancelIdleCallback(id) : window.clearTimeout(id));
  }, []);

  const addCustomer = () => {
    const text = customerText.trim();
    if (!text) return;
    sentAt.current = performance.now();
    addTurn('customer', text);
    setCustomerText('');
  };
  const sendReply = () => {
    const text = reply.trim();
    if (!text) return;
    if (slots.length > 0) {
      setSendBlocked(
        `Fill in ${slots.map((s) => s.text).join(', ')} before ${replyMode === 'send' ? 'sending: it is never sent as-is' : 'you say it'}.`,
      );
      replyBox.current?.selectFirstSlot();
      return;
    }
    if (replyMode !== 'send') {
      // On a live call the agent says it (the transcription adds it to their lane); after a hang-up it is the
      // call-back's words: either way nothing is added to the conversation here.
      setReply('');
      replyBox.current?.focus();
      return;
    }
    sentAt.current = performance.now();
    addTurn('agent', text);
    setReply('');
    replyBox.current?.focus();
  };
  const insertCue = (cue: Cue | undefined) => {
    const words = cue ? insertText(cue) : null;
    if (!words) return;
    setReply((current) => (current.trim() ? `${current.trimEnd()} ${words}` : words));
    requestAnimationFrame(() => {
      if (!replyBox.current?.selectFirstSlot()) replyBox.current?.focus();
    });
  };
  const loadPasted = () => {
    try {
      const conversation = parsePasted(pasteText);
      if (call) stopFollowing();
      sentAt.current = performance.now();
      load(conversation);
      setSavedConversationId(null);
      setSavedCaseId(null);
      setEndedUnderB3(false);
      setPasteError(null);
      setPasteText('');
      paste.close();
    } catch (error) {
      setPasteError(errorMessage(error));
    }
  };
  const newConversation = () => {
    if (call) stopFollowing();
    reset();
    clearOutcome();
    customerBox.current?.focus();
  };

  const alertSupervisor = useMutation({
    mutationFn: () => {
      const stored = call?.conversationId ?? savedConversationId;
      const abuse = view.lastCustomer?.customer?.abuse.length ? `“${view.lastCustomer.text.slice(0, 300)}”` : '';
      return unwrap(
        api.POST('/api/v1/alerts/supervisor', {
          body: {
            message: `the customer is being abusive${abuse ? `: ${abuse}` : ''}`,
            ...(stored ? { conversationId: stored } : {}),
          },
        }),
      );
    },
    onSuccess: () => notifications.show({ color: 'blue', message: 'Your supervisor has been alerted.' }),
    onError: (error) =>
      notifications.show({ color: 'red', title: 'The alert was not sent', message: errorMessage(error) }),
  });

  const endUnderB3 = () => {
    addTurn('agent', B3_ENDING);
    hangup('agent');
    setEndedUnderB3(true);
    b3.close();
    capture.open();
  };

  const canEnd = view.turns.length > 0 && !savedCaseId;
  useHotkeys(
    [
      ['alt+1', () => insertCue(view.cues[0])],
      ['alt+2', () => insertCue(view.cues[1])],
      ['alt+3', () => insertCue(view.cues[2])],
      ['alt+c', () => customerBox.current?.focus()],
      ['alt+y', () => replyBox.current?.focus()],
      ['alt+p', () => paste.open()],
      ['alt+h', () => !call && view.turns.length > 0 && !view.customerHungUp && hangup('customer')],
      ['alt+s', () => view.abusive && alertSupervisor.mutate()],
      ['alt+e', () => canEnd && capture.open()],
      ['alt+n', newConversation],
    ],
    [],
  );
  useHotkeys([['shift+?', help.open]]);

  return (
    <>
      <PageTitle
        title="Console"
        description="Add what the customer says, follow the cue, check your reply before you send it."
        actions={
          <>
            <Button variant="default" size="xs" onClick={paste.open}>
              Paste conversation
            </Button>
            <Button variant="default" size="xs" onClick={newConversation} disabled={view.turns.length === 0 && !call}>
              New conversation
            </Button>
            <Button variant="subtle" size="xs" onClick={help.open}>
              Shortcuts <Kbd ml={6}>?</Kbd>
            </Button>
          </>
        }
      />
      <div ref={workspace} className={classes.workspace} style={{ '--console-top': `${top}px` } as CSSProperties}>
        <div className={classes.talk}>
          <LiveCalls
            calls={line.calls}
            status={line.status}
            following={call?.conversationId ?? null}
            onFollow={followCall}
          />
          <Paper withBorder radius="md" className={classes.lanesPanel}>
            {call ? (
              <LiveCallBar call={call} status={line.status} onStop={stopFollowing} onCapture={capture.open} />
            ) : null}
            {view.turns.length === 0 ? (
              call ? (
                <Stack gap={6} p="md" align="center" justify="center" h="100%" data-testid="console-waiting">
                  <Text fw={600}>Waiting for the first words of the call…</Text>
                  <Text size="sm" c="dimmed" ta="center" maw={460}>
                    The call system adds each turn here as it is transcribed; the coach on the right follows it.
                  </Text>
                </Stack>
              ) : (
                <Stack gap={6} p="md" align="center" justify="center" h="100%" data-testid="console-empty">
                  <Text fw={600}>No conversation yet</Text>
                  <Text size="sm" c="dimmed" ta="center" maw={460}>
                    Type what the customer says below, or paste a whole conversation (a JSON conversation or a
                    transcript with <code>Customer:</code> and <code>Agent:</code> lines). Calls your call system starts
                    for you appear above, under “Live now”.
                  </Text>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => {
                      setPasteText(EXAMPLE);
                      paste.open();
                    }}
                  >
                    Try an example
                  </Button>
                </Stack>
              )
            ) : (
              <Lanes turns={view.turns} events={view.events} />
            )}
          </Paper>
          <div className={classes.composer}>
            {call ? null : (
              <Group align="flex-end" gap="xs" wrap="nowrap">
                <Textarea
                  ref={customerBox}
                  label="Customer says"
                  description="What the customer just said or wrote; Ctrl+Enter adds it"
                  placeholder="e.g. I've been charged twice and nobody has called me back!"
                  value={customerText}
                  onChange={(e) => setCustomerText(e.currentTarget.value)}
                  onKeyDown={getHotkeyHandler([['mod+Enter', addCustomer]])}
                  autosize
                  minRows={1}
                  maxRows={4}
                  disabled={view.customerHungUp || view.agentEnded}
                  style={{ flex: 1 }}
                />
                <Button
                  variant="light"
                  onClick={addCustomer}
                  disabled={!customerText.trim() || view.customerHungUp || view.agentEnded}
                >
                  Add customer turn
                </Button>
              </Group>
            )}
            <ReplyBox
              ref={replyBox}
              value={reply}
              onChange={setReply}
              findings={findings}
              onSend={sendReply}
              sendBlocked={sendBlocked}
              mode={replyMode}
              disabled={view.agentEnded}
            />
          </div>
        </div>
        <aside className={classes.coach} aria-label="Coach">
          <Stack gap="md" className={classes.coachScroll}>
            <Paper withBorder p="sm" radius="md">
              <Stack gap="md">
                <AngerMeter series={view.angerSeries} levels={view.levelSeries} last={view.lastCustomer} />
                <StageTrack stage={view.stage} />
              </Stack>
            </Paper>
            {savedCaseId ? (
              <Alert color="green" role="status">
                Case saved. Start a new conversation when you are ready (Alt+N).
              </Alert>
            ) : null}
            {view.abusive ? (
              <Alert color="red" title="The customer is being abusive (B1–B3)" data-testid="abuse-panel">
                <Stack gap="xs">
                  <Text size="sm">
                    Don’t answer in kind (B1); set the boundary with an “I” statement, as the cue below suggests (B2).
                    If the abuse goes on, you may end the conversation, documented (B3).
                  </Text>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      color="red"
                      onClick={() => alertSupervisor.mutate()}
                      loading={alertSupervisor.isPending}
                    >
                      Alert supervisor{' '}
                      <Kbd ml={6} className={classes.kbd}>
                        Alt+S
                      </Kbd>
                    </Button>
                    {call ? null : (
                      <Button size="xs" variant="outline" color="red" onClick={b3.open}>
                        End the conversation (B3)
                      </Button>
                    )}
                  </Group>
                </Stack>
              </Alert>
            ) : null}
            {view.chaserOwed || view.customerHungUp ? (
              call ? (
                <LiveChaser
                  call={call}
                  name={view.session.state.customerName ?? call.customerName}
                  onInsert={() => insertCue(view.cues.find((c) => c.principle === 'F5'))}
                />
              ) : (
                <ChaserForm
                  view={view}
                  savedConversationId={savedConversationId}
                  onSaved={(conversationId, customerId) => {
                    setSavedConversationId(conversationId);
                    setChaserCustomerId(customerId);
                  }}
                  onInsert={() => insertCue(view.cues.find((c) => c.principle === 'F5'))}
                />
              )
            ) : null}
            <Cues cues={view.cues} version={view.version} sentAt={sentAt} onInsert={insertCue} />
          </Stack>
          <Group gap="xs" className={classes.coachActions}>
            {call ? null : (
              <Button
                variant="default"
                size="xs"
                onClick={() => hangup('customer')}
                disabled={view.turns.length === 0 || view.customerHungUp || view.agentEnded}
              >
                Customer hung up{' '}
                <Kbd ml={6} className={classes.kbd}>
                  Alt+H
                </Kbd>
              </Button>
            )}
            <Button size="xs" onClick={capture.open} disabled={!canEnd}>
              {onCall ? 'Capture case' : 'End & capture case'}{' '}
              <Kbd ml={6} className={classes.kbd}>
                Alt+E
              </Kbd>
            </Button>
          </Group>
        </aside>
      </div>

      <Modal opened={pasteOpen} onClose={paste.close} title="Paste a conversation" size="lg">
        <Stack>
          <Textarea
            label="Conversation"
            description="A JSON conversation ({turns: [{speaker, text}]}) or a transcript: one “Customer: …” or “Agent: …” line per turn; “[Customer hangs up]” records a hang-up."
            value={pasteText}
            onChange={(e) => setPasteText(e.currentTarget.value)}
            onKeyDown={getHotkeyHandler([['mod+Enter', loadPasted]])}
            autosize
            minRows={8}
            maxRows={18}
            data-autofocus
            error={pasteError}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={paste.close}>
              Cancel
            </Button>
            <Button onClick={loadPasted} disabled={!pasteText.trim()}>
              Load conversation
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={b3Open} onClose={b3.close} title="End the conversation (B3)">
        <Stack>
          <Text size="sm">
            Allowed only when the customer is directly abusive. This sends the ending below, records that you ended the
            conversation, and opens the case so it is documented.
          </Text>
          <Paper withBorder p="sm" bg="gray.0">
            <Text size="sm" className={classes.suggestion}>
              {B3_ENDING}
            </Text>
          </Paper>
          <Group justify="flex-end">
            <Button variant="default" onClick={b3.close}>
              Keep talking
            </Button>
            <Button color="red" onClick={endUnderB3} data-autofocus>
              Send and end the conversation
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={helpOpen} onClose={help.close} title="Keyboard shortcuts">
        <Table aria-label="Keyboard shortcuts">
          <Table.Tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <Table.Tr key={keys}>
                <Table.Td>
                  <Kbd>{keys}</Kbd>
                </Table.Td>
                <Table.Td>{what}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Modal>

      <CaseCapture
        opened={captureOpen}
        onClose={capture.close}
        view={view}
        conversationId={call?.conversationId ?? savedConversationId}
        customerIdHint={call?.customerId ?? chaserCustomerId}
        endedUnderB3={endedUnderB3}
        onSaved={(caseId, conversationId) => {
          setSavedCaseId(caseId);
          setSavedConversationId(conversationId);
        }}
      />
    </>
  );
}

/** Where an element starts on the page (its top plus the scroll), kept up to date as the window resizes: the
 * console's workspace takes the rest of the window's height. */
function useDocumentTop(ref: React.RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      if (ref.current) setTop(Math.round(ref.current.getBoundingClientRect().top + window.scrollY));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [ref]);
  return top;
}

/** The F5 Chaser panel's frame, the same for a pasted call and a followed one. */
function ChaserPanel({ children }: { children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid="chaser-form">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h5">
            Chaser call-back (F5)
          </Title>
          <Badge color="orange" variant="light" c="dark.9">
            the customer hung up
          </Badge>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** F5 on a followed call: the Chaser is created by the server when the call system ends the call; this shows
 * who to call back and by when, then the saved Chaser. */
function LiveChaser({ call, name, onInsert }: { call: FollowedCall; name: string | null; onInsert(): void }) {
  const policy = useQuery({ queryKey: ['policy'], queryFn: () => unwrap(api.GET('/api/v1/policy')) });
  const minutes = policy.data?.chaserMinutes;
  const chaser = call.ended?.commitments.find((c) => c.kind === 'chaser');
  return (
    <ChaserPanel>
      {chaser ? (
        <Alert color="green" role="status" data-testid="chaser-saved">
          Chaser saved: call {name ?? 'the customer'} back by {dayjs(chaser.dueAt).format('HH:mm')}. It is on your
          Promises page.
        </Alert>
      ) : (
        <Text size="sm">
          Call {name ?? 'the customer'} back
          {minutes
            ? ` within ${minutes} minutes (your org’s policy): due by ${dayjs().add(minutes, 'minute').format('HH:mm')}`
            : ' as soon as you can'}
          . The Chaser is saved to your Promises when the call system ends the call.
        </Text>
      )}
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={onInsert}>
          Insert the call-back words
        </Button>
      </Group>
    </ChaserPanel>
  );
}

/** F5: the customer hung up. The Chaser call-back, pre-filled: who to call, on what number, by when (org policy). */
function ChaserForm({
  view,
  savedConversationId,
  onSaved,
  onInsert,
}: {
  view: ReturnType<typeof useConversation>['view'];
  savedConversationId: string | null;
  onSaved(conversationId: string, customerId: string): void;
  onInsert(): void;
}) {
  const [name, setName] = useState(view.session.state.customerName ?? '');
  const [phone, setPhone] = useState('');
  const policy = useQuery({ queryKey: ['policy'], queryFn: () => unwrap(api.GET('/api/v1/policy')) });
  const minutes = policy.data?.chaserMinutes;
  const save = useMutation({
    mutationFn: async () => {
      const customer = await unwrap(
        api.POST('/api/v1/customers', {
          body: { name: name.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}) },
        }),
      );
      const stored = await unwrap(
        api.POST('/api/v1/conversations', {
          body: {
            conversation: {
              turns: view.turns.map((t) => ({ speaker: t.speaker, text: t.text })),
              events: [...view.events],
            },
            customerId: customer.id,
            channel: 'phone',
          },
        }),
      );
      return { stored, customer };
    },
    onSuccess: ({ stored, customer }) => onSaved(stored.id, customer.id),
  });
  const chaser = save.data?.stored.commitments.find((c) => c.kind === 'chaser');
  return (
    <ChaserPanel>
      {savedConversationId && chaser ? (
        <Alert color="green" role="status" data-testid="chaser-saved">
          Chaser saved: call {chaser.contact.name ?? 'the customer'}
          {chaser.contact.phone ? ` on ${chaser.contact.phone}` : ''} by {dayjs(chaser.dueAt).format('HH:mm')}. It is on
          your Promises page.
        </Alert>
      ) : (
        <>
          <Text size="sm">
            {minutes
              ? `Call them back within ${minutes} minutes (your org’s policy): due by ${dayjs().add(minutes, 'minute').format('HH:mm')}.`
              : policy.isError
                ? `Call them back now (your org’s Chaser time did not load: ${errorMessage(policy.error)}).`
                : 'Call them back now. Loading your org’s Chaser time…'}
          </Text>
          <Group grow align="flex-start">
            <TextInput label="Customer name" value={name} onChange={(e) => setName(e.currentTarget.value)} required />
            <TextInput
              label="Call-back number"
              type="tel"
              value={phone}
              onChange={(e) => setPhone(e.currentTarget.value)}
            />
          </Group>
          {save.isError ? (
            <Alert color="red" role="alert">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <Group gap="xs">
            <Button size="xs" onClick={() => save.mutate()} loading={save.isPending} disabled={!name.trim()}>
              Save the Chaser
            </Button>
            <Button size="xs" variant="light" onClick={onInsert}>
              Insert the call-back words
            </Button>
          </Group>
        </>
      )}
    </ChaserPanel>
  );
}
