"use client";
// A threaded Markdown discussion between a candidate and one mentor. Posting goes to `postUrl`
// (with `extra`, e.g. the thread's mentor); replies nest under their parent.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Markdown } from "@/components/ui/markdown";
import { TextAreaField } from "@/components/ui/textarea-field";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { COMMENT_MAX } from "@/lib/mentors/data/settings";
import { type CommentView } from "@/lib/mentors/reviews";

import { when } from "./format";

function CommentForm({
  postUrl,
  extra,
  parentId,
  label,
  onDone,
}: {
  postUrl: string;
  extra: Record<string, string>;
  parentId?: string;
  label: string;
  onDone?: () => void;
}) {
  const router = useRouter();
  const { form, field, message, formRef, onSubmit, busy } = useApiForm({
    // The form holds the body; the thread and the parent come from where the form sits.
    schema: () => import("@/lib/mentors/schema").then((m) => m.commentSchema.pick({ body: true })),
    defaultValues: { body: "" },
    request: (values) => api(postUrl, { body: { ...extra, body: values.body, ...(parentId ? { parentId } : {}) } }),
    onSuccess: () => {
      form.reset({ body: "" });
      onDone?.();
      router.refresh();
    },
  });
  const { errors } = form.formState;
  // A comment form has one field: whatever the server refuses (the thread, the parent) is said there.
  const error = errors.body?.message ?? (message?.tone === "error" ? message.text : undefined);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-2" aria-label={label} noValidate>
      <TextAreaField
        label={label}
        rows={parentId ? 3 : 4}
        maxLength={COMMENT_MAX}
        hint={`Markdown works. Up to ${COMMENT_MAX.toLocaleString("en")} characters.`}
        {...field("body")}
        error={error}
      />
      <Button type="submit" disabled={busy}>
        {busy ? "Posting…" : parentId ? "Post reply" : "Post comment"}
      </Button>
    </form>
  );
}

function Comment({
  c,
  all,
  postUrl,
  extra,
  canReply,
}: {
  c: CommentView;
  all: CommentView[];
  postUrl: string;
  extra: Record<string, string>;
  canReply: boolean;
}) {
  const [replying, setReplying] = useState(false);
  const replies = all.filter((x) => x.parentId === c.id);
  return (
    <li>
      <article
        aria-label={`Comment by ${c.author.name}`}
        className="rounded-md border border-slate-200 p-3 dark:border-slate-700"
      >
        <header className="mb-1 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
          <span className="font-semibold text-slate-900 dark:text-slate-100">{c.author.name}</span>
          <Badge tone={c.author.role === "mentor" ? "indigo" : "slate"}>{c.author.role}</Badge>
          <time dateTime={c.createdAt}>{when(c.createdAt)}</time>
        </header>
        <Markdown className="text-sm">{c.body}</Markdown>
        {canReply && !replying && (
          <Button
            variant="ghost"
            className="mt-1 px-2 py-1 text-xs"
            onClick={() => setReplying(true)}
            aria-label={`Reply to ${c.author.name}`}
          >
            Reply
          </Button>
        )}
        {replying && (
          <div className="mt-2">
            <CommentForm
              postUrl={postUrl}
              extra={extra}
              parentId={c.id}
              label={`Your reply to ${c.author.name}`}
              onDone={() => setReplying(false)}
            />
          </div>
        )}
      </article>
      {replies.length > 0 && (
        <ul className="mt-2 ml-4 space-y-2 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
          {replies.map((r) => (
            <Comment key={r.id} c={r} all={all} postUrl={postUrl} extra={extra} canReply={canReply} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function CommentThread({
  comments,
  postUrl,
  extra = {},
  canPost,
  emptyText,
}: {
  comments: CommentView[];
  postUrl: string;
  extra?: Record<string, string>;
  canPost: boolean;
  emptyText: string;
}) {
  const roots = comments.filter((c) => !c.parentId || !comments.some((p) => p.id === c.parentId));
  return (
    <div id="thread" className="space-y-4">
      {roots.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{emptyText}</p>
      ) : (
        <ul className="space-y-2">
          {roots.map((c) => (
            <Comment key={c.id} c={c} all={comments} postUrl={postUrl} extra={extra} canReply={canPost} />
          ))}
        </ul>
      )}
      {canPost ? (
        <CommentForm postUrl={postUrl} extra={extra} label="New comment" />
      ) : (
        <Alert tone="info">This mentorship has ended: the thread is read-only.</Alert>
      )}
    </div>
  );
}
