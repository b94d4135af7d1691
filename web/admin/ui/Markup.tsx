import { Typography } from 'antd';
import { Markup as PlainMarkup } from '../../public/ui/Markup';

/**
 * 正文 — a document's text (调研报告, 公开信 …) in the small markup of common/markup.ts: the
 * citizens' site's renderer (plain elements, never an HTML string: `<script>` in the text is shown
 * as the characters it is), styled by Ant Design's Typography, its headings at levels 4 and 5
 * (below the drawer's own title).
 */
export function Markup(props: { source: string }) {
  return (
    <Typography>
      <PlainMarkup source={props.source} headings={['h4', 'h5']} />
    </Typography>
  );
}
