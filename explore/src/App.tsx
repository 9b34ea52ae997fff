/** Placeholder: the shell (layout, network view, search) replaces this. */
export function App(): JSX.Element {
  return <main>Explorer</main>;
}
