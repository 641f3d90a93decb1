import './profile-table.css';
import { useTranslation } from 'react-i18next';
import { RIASEC_TYPES, type RiasecProfile } from '@/domain/riasec';

export interface ProfileTableProps {
  profile: RiasecProfile;
  /** Said by screen readers before the table (visually hidden). */
  caption: string;
  typeHeader: string;
  valueHeader: string;
  /** How a value is written (e.g. one decimal for program profiles). */
  format?: (value: number) => string;
}

/**
 * The six interest levels as a table, each with a bar: the table is what screen readers use, the
 * bars are decoration for the eye. Used for a user's scores and for a program's profile.
 */
export function ProfileTable({
  profile,
  caption,
  typeHeader,
  valueHeader,
  format = String,
}: ProfileTableProps) {
  const { t } = useTranslation('profile');
  return (
    <table className="profile-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{typeHeader}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {RIASEC_TYPES.map((type) => (
          <tr key={type} data-type={type}>
            <th scope="row">
              <span className="profile-table__letter" aria-hidden="true">
                {type}
              </span>{' '}
              {t(`riasec.${type}`)}
            </th>
            <td>
              <span className="profile-table__cell">
                <span className="profile-table__bar" aria-hidden="true">
                  <span
                    className="profile-table__fill"
                    style={{ inlineSize: `${profile[type]}%` }}
                  />
                </span>
                <span className="profile-table__value">{format(profile[type])}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
