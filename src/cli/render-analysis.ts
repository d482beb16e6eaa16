import pc from 'picocolors';
import type { ConversationAnalysis } from '../core/analyze.ts';
import type { Cue, TurnAnalysis } from '../core/analysis/types.ts';
import type { AngerLevel } from '../core/signals/types.ts';

const LEVEL_COLOR: Record<AngerLevel, (s: string) => string> = {
  calm: pc.green,
  annoyed: pc.yellow,
  angry: pc.red,
  furious: (s) => pc.bold(pc.red(s)),
};

const VERDICT = { met: pc.green('met'), violated: pc.red('violated'), 'n/a': pc.dim('n/a') } as const;

function renderCue(cue: Cue): string[] {
  const lines = [`    ${pc.cyan('→')} ${pc.bold(cue.principle)} ${cue.message} ${pc.dim(`(${cue.why})`)}`];
  if (cue.suggestion) lines.push(`      ${pc.italic(pc.cyan(`“${cue.suggestion}”`))}`);
  return lines;
}

function renderTurn(turn: TurnAnalysis): string[] {
  const who =
    turn.speaker === 'customer' ? pc.magenta('Customer') : pc.blue(turn.callback ? 'Agent (call back)' : 'Agent');
  const lines = [`${pc.dim(`#${turn.index + 1}`)} ${who}: ${turn.text}`];
  if (turn.customer) {
    const c = turn.customer;
    const tags = [
      c.level !== null && c.anger !== null
        ? LEVEL_COLOR[c.level](`${c.level} ${c.anger.toFixed(2)}`)
        : pc.dim(`anger not read: ${c.notScored ?? `language ${c.language}`}`),
    ];
    if (c.venting) tags.push(pc.yellow('venting'));
    if (c.pause) tags.push(pc.green('pause'));
    for (const a of c.abuse) tags.push(pc.red(`abuse:${a.kind} “${a.text}”`));
    lines.push(`    ${tags.join('  ')}`);
  }
  if (turn.agent) {
    for (const f of turn.agent.findings) {
      const mark = f.polarity === 'move' ? pc.green('✓') : pc.red('✗');
      const quote = turn.text.slice(f.span.start, f.span.end);
      lines.push(`    ${mark} ${pc.bold(f.principle)} ${f.label} ${pc.dim(`“${quote}”`)}`);
      if (f.rewrite) lines.push(`      ${pc.dim('try:')} ${f.rewrite}`);
    }
  }
  for (const cue of turn.cues.filter((c) => !turn.agent?.findings.some((f) => f.message === c.message)))
    lines.push(...renderCue(cue));
  return lines;
}

/** Human-readable, coloured, turn-by-turn report of one analysed conversation. */
export function renderAnalysis(analysis: ConversationAnalysis): string {
  const lines = [pc.bold(`Conversation ${analysis.id}${analysis.industry ? ` (${analysis.industry})` : ''}`), ''];
  for (const turn of analysis.turns) lines.push(...renderTurn(turn), '');
  lines.push(
    pc.bold(`QA score ${analysis.score}/100`) +
      `  peak anger ${LEVEL_COLOR[analysis.peakAngerLevel](analysis.peakAngerLevel)}` +
      `  hang-up ${analysis.hangup ? pc.red('yes') : 'no'}  abusive customer ${analysis.abusiveCustomer ? pc.red('yes') : 'no'}` +
      `  anger ${analysis.angerTrend.startLevel ?? '-'} → ${analysis.angerTrend.endLevel ?? '-'}`,
  );
  for (const [id, result] of Object.entries(analysis.evidence)) {
    lines.push(`  ${pc.bold(id.padEnd(3))} ${VERDICT[result.verdict].padEnd(18)} ${pc.dim(result.why)}`);
  }
  return lines.join('\n');
}
