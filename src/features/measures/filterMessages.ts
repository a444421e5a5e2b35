import { defineMessages } from '../../i18n/featureMessages';

/** What the measures list says about the filters it is shown through. */
export const filterMessages = defineMessages(
  {
    'filters.inUse': 'กรองอยู่: {filters}',
    'filters.one': '{name} {value}',
    'filters.ownUnit': '{unit} (หน่วยงานของท่าน)',
    'filters.archived': 'รวมมาตรการที่เก็บเข้าคลัง',
    'filters.clear': '{count, plural, =1 {ล้างตัวกรอง} other {ล้างตัวกรองทั้ง # รายการ}}',
  },
  {
    'filters.inUse': 'Filtered by {filters}',
    'filters.one': '{name}: {value}',
    'filters.ownUnit': '{unit} (your unit)',
    'filters.archived': 'archived measures included',
    'filters.clear': '{count, plural, one {Clear the filter} other {Clear all # filters}}',
  },
);
