// Reads what the home page's way in needs for one content folder: the index's chapters and reading
// order, and one `git log` (without a shallow clone's boundary commits). Used by wayIn.data.ts.
import type { ContentIndex } from '../content/index'
import type { WayIn } from './wayIn'
import { readingOrder } from '../content/readingOrder'
import { readGitHistory } from '../history/gitHistory'
import { shallowBoundary } from '../history/shallow'
import { chapterWays, recentNotes, withoutShallowBoundary } from './wayIn'

export function loadWayIn(index: Pick<ContentIndex, 'pages' | 'graph' | 'byId'>, srcPath: string): WayIn {
  const history = withoutShallowBoundary(readGitHistory(srcPath), shallowBoundary(srcPath))
  return {
    chapters: chapterWays(index.pages, readingOrder(index.pages, index.graph)),
    recent: recentNotes(index.pages, history, id => index.byId.get(id)?.frontmatter?.updated),
  }
}
