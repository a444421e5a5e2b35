import { useWatch, type FieldValues, type Path, type PathValue, type UseFormReturn } from 'react-hook-form';
import type { Role } from '../../domain/schemas/actor';
import type { Unit } from '../../domain/schemas/organisation';
import { useMessages } from '../../i18n/featureMessages';
import { RoleChoices } from '../../ui/RoleChoices';
import { ROLE_LABELS } from './accountForm';
import { messages } from './messages';
import { UnitSelect } from './UnitSelect';

interface Props<T extends FieldValues> {
  id: string;
  form: UseFormReturn<T>;
  units: Unit[];
  roleError: string | undefined;
  unitError: string | undefined;
  /** The planning officer's own role, which is not theirs to give up: shown, not offered. */
  locked?: boolean;
}

/**
 * The role and, for a department head, the unit: a new account's and an existing one's alike.
 * Choosing another role empties the unit, since only a department head has one.
 */
export function RoleAndUnitFields<T extends FieldValues & { role?: Role; unitId?: string | null }>({ id, form, units, roleError, unitError, locked = false }: Props<T>) {
  const { t } = useMessages(messages);
  // The two fields every account form has, named once for react-hook-form's typed paths.
  const rolePath = 'role' as Path<T>;
  const unitPath = 'unitId' as Path<T>;
  const role = useWatch({ control: form.control, name: rolePath }) as Role | undefined;
  return (
    <>
      <RoleChoices
        legend={t('accounts.role')}
        disabled={locked}
        hint={locked ? t('accounts.ownRole') : undefined}
        error={roleError}
        label={(r) => t(ROLE_LABELS[r])}
        input={(r) =>
          form.register(rolePath, {
            onChange: () => {
              if (r !== 'department-head') form.setValue(unitPath, null as PathValue<T, Path<T>>);
              form.clearErrors(unitPath);
            },
          })
        }
      />
      <UnitSelect
        id={`${id}-unitId`}
        units={units}
        enabled={role === 'department-head'}
        error={unitError}
        register={form.register(unitPath, { setValueAs: (v: string | null) => (v ? v : null) })}
      />
    </>
  );
}
