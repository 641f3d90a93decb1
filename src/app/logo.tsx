/** Masari's mark: an eight-pointed star (khatam), the basic figure of zellige. Decorative. */
export function Logo() {
  return (
    <svg
      className="logo"
      viewBox="0 0 32 32"
      width="36"
      height="36"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="var(--color-primary)" />
      <path
        d="M16 4l3.5 8.5L28 16l-8.5 3.5L16 28l-3.5-8.5L4 16l8.5-3.5z"
        fill="var(--color-accent)"
      />
      <path
        d="M16 7.5l6 2.5 2.5 6-2.5 6-6 2.5-6-2.5L7.5 16 10 10z"
        fill="none"
        stroke="var(--color-bg)"
        strokeWidth="1.4"
      />
      <circle cx="16" cy="16" r="2.6" fill="var(--color-secondary)" />
    </svg>
  );
}
