import { type ComponentProps } from "react";
import { TextField } from "@/components/ui/field";
import { PASSWORD_MIN } from "@/lib/accounts/options";

/** The new-password input of sign-up, change and reset: its rules, autofill hint and length note (then `note`, if any). */
export function NewPasswordField({
  label = "New password",
  note,
  ...props
}: Omit<ComponentProps<typeof TextField>, "label" | "type" | "hint"> & { label?: string; note?: string }) {
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      hint={`At least ${PASSWORD_MIN} characters.${note ? ` ${note}` : ""}`}
      {...props}
    />
  );
}
