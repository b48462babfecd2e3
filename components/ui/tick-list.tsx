"use client";

/** A list of checkboxes, each with its text as its label (the negotiables, the interview checklists, the project criteria). */
export function TickList({
  items,
  checked,
  onToggle,
  disabled,
  className = "space-y-1.5",
}: {
  items: readonly { key: string; text: string }[];
  checked: (key: string) => boolean;
  onToggle: (key: string, on: boolean) => void;
  disabled?: boolean;
  className?: string;
}) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.key}>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 h-4 w-4 accent-indigo-600"
              checked={checked(item.key)}
              disabled={disabled}
              onChange={(e) => onToggle(item.key, e.target.checked)}
            />
            <span>{item.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
