import { Fragment } from 'react';
import { parseMarkup, type TMarkupLine } from '../../../common/markup.ts';

/** A line's runs: bold ones in <strong>, the rest as text nodes (React escapes every character). */
function Line(props: { line: TMarkupLine }) {
  return (
    <>
      {props.line.map((span, i) =>
        span.bold ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one line never reorder
          <strong key={i}>{span.text}</strong>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <Fragment key={i}>{span.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * 正文 — a document's text (a cadre's open letter …) in the small markup of common/markup.ts,
 * drawn as plain elements: `# ` → h2, `## ` → h3 (the page's title is the h1), paragraphs, lists,
 * bold. A text with `## ` headings only draws them as h2: headings never skip a level (axe's
 * heading-order). Never as an HTML string: `<script>` in the text is shown as the characters it
 * is. Sizes are in rem (styles.css `.markup`), so 大字模式 enlarges it with the rest of the page.
 * The one renderer of the markup in a browser: the staff app draws it too, inside Ant Design's
 * Typography (web/admin/ui/Markup.tsx).
 */
export function Markup(props: {
  source: string;
  className?: string;
  /** the elements of the two heading levels (the staff app's drawer: h4 and h5) */
  headings?: readonly ['h2' | 'h4', 'h3' | 'h5'];
}) {
  const blocks = parseMarkup(props.source);
  const top = blocks.some((b) => b.type === 'heading' && b.level === 1) ? 1 : 2;
  const [upper, lower] = props.headings ?? ['h2', 'h3'];
  return (
    <div className={props.className ? `markup ${props.className}` : 'markup'}>
      {blocks.map((block, i) => {
        // biome-ignore-start lint/suspicious/noArrayIndexKey: the blocks of one text never reorder
        if (block.type === 'heading') {
          const Heading = block.level === top ? upper : lower;
          return (
            <Heading key={i}>
              <Line line={block.line} />
            </Heading>
          );
        }
        if (block.type === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={i}>
              {block.items.map((item, j) => (
                <li key={j}>
                  <Line line={item} />
                </li>
              ))}
            </List>
          );
        }
        return (
          <p key={i}>
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                <Line line={line} />
              </Fragment>
            ))}
          </p>
        );
        // biome-ignore-end lint/suspicious/noArrayIndexKey: as above
      })}
    </div>
  );
}
