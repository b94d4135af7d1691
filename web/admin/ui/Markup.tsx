import { Typography } from 'antd';
import { Fragment } from 'react';
import { parseMarkup, type TMarkupLine } from '../../../common/markup.ts';

/** A line's runs: bold ones as strong text, the rest as text nodes (React escapes every character). */
function Line(props: { line: TMarkupLine }) {
  return (
    <>
      {props.line.map((span, i) =>
        span.bold ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the runs of one line never reorder
          <Typography.Text key={i} strong>
            {span.text}
          </Typography.Text>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <Fragment key={i}>{span.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * 正文 — a document's text (调研报告, 公开信 …) in the small markup of common/markup.ts, drawn with
 * Ant Design's Typography: `# ` and `## ` as titles of level 4 and 5 (below the page's own title),
 * paragraphs, lists, bold (a text with `## ` headings only draws them at level 4: no level is
 * skipped). Never as an HTML string (no dangerouslySetInnerHTML): `<script>` in the
 * text is shown as the characters it is.
 */
export function Markup(props: { source: string }) {
  const blocks = parseMarkup(props.source);
  const top = blocks.some((b) => b.type === 'heading' && b.level === 1) ? 1 : 2;
  return (
    <Typography>
      {blocks.map((block, i) => {
        // biome-ignore-start lint/suspicious/noArrayIndexKey: the blocks of one text never reorder
        if (block.type === 'heading')
          return (
            <Typography.Title key={i} level={block.level === top ? 4 : 5}>
              <Line line={block.line} />
            </Typography.Title>
          );
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
          <Typography.Paragraph key={i}>
            {block.lines.map((line, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                <Line line={line} />
              </Fragment>
            ))}
          </Typography.Paragraph>
        );
        // biome-ignore-end lint/suspicious/noArrayIndexKey: as above
      })}
    </Typography>
  );
}
