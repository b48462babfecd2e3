// Parts of a page drawn in the browser one per frame, in the order they mounted (document order),
// after hydration: each is rendered as a transition once the frame before it has been drawn, so
// the browser styles and lays out one part per task instead of all of them in the page's first
// long task on a phone (issue 20: the mock report's score forms, ~60 form controls each, were two
// thirds of its style and layout). The dashboard's history (components/progress/history.tsx)
// keeps the same rhythm for its sections with afterNextFrame.
import { startTransition, useEffect, useState } from "react";

type Turn = { show: () => void };

const queue: Turn[] = [];
let waiting = false;

/**
 * Runs `callback` in a task of its own after the next frame is drawn (the style and layout of
 * what was rendered before are done by then). Returns its cancellation.
 */
export function afterNextFrame(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** Shows the next part after the next frame is drawn. */
function nextTurn() {
  if (waiting || queue.length === 0) return;
  waiting = true;
  afterNextFrame(() => {
    waiting = false;
    const turn = queue.shift();
    if (turn) startTransition(turn.show);
    nextTurn();
  });
}

/** False until this component's turn has come (never on the server); true from then on. */
export function useInTurn(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const turn: Turn = { show: () => setShown(true) };
    queue.push(turn);
    nextTurn();
    return () => {
      const i = queue.indexOf(turn);
      if (i >= 0) queue.splice(i, 1);
    };
  }, []);
  return shown;
}
