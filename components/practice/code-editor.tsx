"use client";
// CodeMirror 6 with Python highlighting. Loaded lazily (see answer-editor.tsx): it is only
// needed on coding questions.
import { python } from "@codemirror/lang-python";
import CodeMirror, { EditorView } from "@uiw/react-codemirror";
import { useEffect, useState } from "react";

const extensions = [python(), EditorView.lineWrapping];

function useDarkTheme() {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    const root = document.documentElement;
    const update = () => setDark(root.classList.contains("dark"));
    update();
    const observer = new MutationObserver(update);
    observer.observe(root, { attributes: true, attributeFilter: ["class"] });
    return () => observer.disconnect();
  }, []);
  return dark;
}

/**
 * Uncontrolled: the editor owns its text after mount (feeding every keystroke back as a prop
 * would move the cursor); remount it with a new key to replace the text.
 */
export default function CodeEditor({
  initialValue,
  onChange,
  label,
  readOnly = false,
}: {
  initialValue: string;
  onChange: (value: string) => void;
  label: string;
  readOnly?: boolean;
}) {
  const dark = useDarkTheme();
  const [value] = useState(initialValue);
  return (
    <CodeMirror
      value={value}
      onChange={onChange}
      extensions={extensions}
      theme={dark ? "dark" : "light"}
      readOnly={readOnly}
      editable={!readOnly}
      minHeight="320px"
      basicSetup={{ foldGutter: false, highlightActiveLine: !readOnly }}
      aria-label={label}
      className="overflow-hidden rounded-md border border-slate-300 text-sm dark:border-slate-600"
      // The editor's own content element gets the accessible name.
      onCreateEditor={(view) => {
        view.contentDOM.setAttribute("aria-label", label);
        view.contentDOM.setAttribute("aria-multiline", "true");
      }}
    />
  );
}
