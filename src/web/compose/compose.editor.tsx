import { type ReactNode, useRef } from 'react';
import type { LintIssue } from '../../core/lint/lint.schema';

/**
 * A plain textarea with the lint's wavy underlines drawn in a layer behind it. The textarea stays a real
 * textarea (native editing, undo, spell-check off, screen readers), and the layer copies its text exactly.
 */
export function LintedEditor(props: {
  id: string;
  value: string;
  issues: LintIssue[];
  onChange: (value: string) => void;
  describedBy?: string;
  textareaRef?: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const layer = useRef<HTMLDivElement>(null);
  const syncScroll = (event: React.UIEvent<HTMLTextAreaElement>) => {
    if (layer.current) layer.current.scrollTop = event.currentTarget.scrollTop;
  };
  return (
    <div className="editor editor-wrap">
      <div className="highlights" ref={layer} aria-hidden="true">
        {underline(props.value, props.issues)}
        {/* A trailing newline needs one more line box to keep the two layers the same height. */}
        {'\n'}
      </div>
      <textarea
        id={props.id}
        ref={props.textareaRef}
        value={props.value}
        spellCheck={false}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.target.value)}
        onScroll={syncScroll}
      />
    </div>
  );
}

function underline(text: string, issues: LintIssue[]): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  // A judgement on the whole note ("this note could go to anyone") is in the list, not drawn: underlining every
  // word would hide the underlines that point at one.
  const wholeNote = (i: LintIssue) => i.start === 0 && i.end >= text.trimEnd().length;
  const sorted = [...issues]
    .filter((i) => i.end > i.start && i.end <= text.length && !wholeNote(i))
    .sort((a, b) => a.start - b.start);
  for (const issue of sorted) {
    if (issue.start < at) continue; // overlapping issues: the first one is drawn
    if (issue.start > at) parts.push(text.slice(at, issue.start));
    parts.push(
      <mark key={`${issue.rule}-${issue.start}`} className={`lint lint-${issue.category}`}>
        {text.slice(issue.start, issue.end)}
      </mark>,
    );
    at = issue.end;
  }
  parts.push(text.slice(at));
  return parts;
}
