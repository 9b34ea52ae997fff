import { displayName, type NameSource } from './names';
import './evidence.css';

/**
 * An entity's name: the original (or its abbreviation first, when it has
 * one), with the English beside it when it differs.
 */
export function EntityName(props: { source: NameSource }): JSX.Element {
  const { original, english, abbreviation } = displayName(props.source);
  return (
    <span className="ev-name">
      {abbreviation ? (
        <>
          <span className="ev-name-main">{abbreviation}</span> <span className="ev-name-full">{original}</span>
        </>
      ) : (
        <span className="ev-name-main">{original}</span>
      )}
      {english ? (
        <>
          {' '}
          <span className="ev-name-en" lang="en">
            ({english})
          </span>
        </>
      ) : null}
    </span>
  );
}

/** The name as a button that selects the entity. */
export function EntityButton(props: {
  id: string;
  source: NameSource;
  onSelect(id: string): void;
  testId?: string;
}): JSX.Element {
  return (
    <button
      type="button"
      className="ev-entity"
      data-testid={props.testId ?? 'select-entity'}
      data-entity-id={props.id}
      onClick={() => props.onSelect(props.id)}
    >
      <EntityName source={props.source} />
    </button>
  );
}
