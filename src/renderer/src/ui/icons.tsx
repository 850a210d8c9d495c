/** Stroke icons for the toolbar, drawn in the text colour (no icon font, no emoji font needed). */
const paths: Record<string, React.JSX.Element> = {
  undo: <path d="M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />,
  redo: <path d="m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />,
  bold: <path d="M7 5h6a3.5 3.5 0 0 1 0 7H7zM7 12h7a3.5 3.5 0 0 1 0 7H7z" />,
  italic: <path d="M10 5h8M6 19h8M14 5l-4 14" />,
  link: (
    <path d="M10 14a4.5 4.5 0 0 0 6.4.4l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.2 1.2M14 10a4.5 4.5 0 0 0-6.4-.4l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2" />
  ),
  bullet: <path d="M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01" />,
  number: <path d="M10 6h10M10 12h10M10 18h10M4 4.5h1.5V9M4 9h3M4 14.5a1.5 1.5 0 0 1 3 0c0 1.5-3 2-3 4h3" />,
  quote: (
    <path d="M6 17c-1.5-1-2-2.5-2-4.5C4 9 6 7 9 6.5M9 12.5a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0zM16 17c-1.5-1-2-2.5-2-4.5 0-3.5 2-5.5 5-6M19 12.5a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0z" />
  ),
};

export type IconName = keyof typeof paths;

export function Icon({ name }: { name: IconName }): React.JSX.Element {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {paths[name]}
    </svg>
  );
}
