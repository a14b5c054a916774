import { Button } from '@mantine/core';

/** A download link styled as a button; `name` is its accessible name ("PDF van de afrekening 2026-10"). */
export function Download({ href, label, name }: { href: string; label: string; name: string }) {
  return (
    <Button component="a" href={href} download variant="default" aria-label={name}>
      {label}
    </Button>
  );
}
