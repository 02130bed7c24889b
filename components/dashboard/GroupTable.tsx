import type { GroupSummary } from '../../lib/followup/aggregate';
import type { Catalogue } from '../../lib/service-level/schema';
import { formatKr, formatPercent, indsatsName, monthLong, perWeek } from './figures';

export interface GroupTableProps {
  caption: string;
  groups: readonly GroupSummary[];
  catalogue: Catalogue | undefined;
  /** Show the month and/or the indsats column. */
  show: { month: boolean; indsats: boolean };
}

function scopeCell(g: GroupSummary): string {
  if (!g.scope) return '–';
  const median = perWeek(g.scope.medianPerWeek, g.scope.baseUnit);
  return `${median} (median af ${g.scope.n})`;
}

function frameCell(g: GroupSummary): string {
  if (!g.scope?.frameMaxPerWeek) return '–';
  const share = g.scope.meanShareOfFrame !== undefined ? `; gennemsnit ${formatPercent(g.scope.meanShareOfFrame)} af rammen` : '';
  return `højst ${perWeek(g.scope.frameMaxPerWeek, g.scope.baseUnit)}${share}`;
}

function costCell(g: GroupSummary): string {
  if (!g.cost) return '–';
  const frame = g.cost.frameMonthly !== undefined ? ` (ved rammens maksimum ${formatKr(g.cost.frameMonthly)})` : '';
  return `${formatKr(g.cost.meanMonthly)} pr. bevilling${frame}; i alt ${formatKr(g.cost.totalMonthly)}`;
}

/**
 * Figures per month and/or indsats: allocations, share outside the frame, scope (median per
 * week in the entry's unit) against the frame, and estimated monthly cost against the frame.
 */
export function GroupTable({ caption, groups, catalogue, show }: GroupTableProps) {
  return (
    <div class="db-table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table class="db-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {show.month && <th scope="col">Måned</th>}
            {show.indsats && <th scope="col">Indsats</th>}
            <th scope="col">Bevillinger</th>
            <th scope="col">Uden for rammen</th>
            <th scope="col">Omfang pr. uge</th>
            <th scope="col">Rammen pr. uge</th>
            <th scope="col">Anslået udgift pr. måned</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={`${g.month ?? ''}|${g.indsatsId ?? ''}`}>
              {show.month && <th scope="row">{g.month ? monthLong(g.month) : 'Alle'}</th>}
              {show.indsats && (show.month ? <td>{indsatsName(g.indsatsId, catalogue)}</td> : <th scope="row">{indsatsName(g.indsatsId, catalogue)}</th>)}
              <td class="db-num">{g.count}</td>
              <td class="db-num">
                {formatPercent(g.outsideShare)}
                {g.judged > 0 ? <span class="db-muted"> ({g.outsideCount} af {g.judged})</span> : null}
                {g.unknownCount > 0 ? <span class="db-muted"> · {g.unknownCount} ikke vurderet</span> : null}
              </td>
              <td>{scopeCell(g)}</td>
              <td>{frameCell(g)}</td>
              <td>{costCell(g)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
