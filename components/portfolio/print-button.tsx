"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/**
 * Prints the page (the browser can save it as PDF). Paper is white: while printing, the dark
 * theme is switched off and restored afterwards, also when printing with the browser's menu.
 */
export function PrintButton() {
  useEffect(() => {
    const root = document.documentElement;
    let wasDark = false;
    const before = () => {
      wasDark = root.classList.contains("dark");
      root.classList.remove("dark");
    };
    const after = () => {
      if (wasDark) root.classList.add("dark");
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return <Button onClick={() => window.print()}>Print or save as PDF</Button>;
}
