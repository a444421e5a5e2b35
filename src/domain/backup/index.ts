/** The app's backup file: one versioned JSON file holding an agency's whole data set. */
export { BACKUP_FORMAT, BACKUP_VERSION, backupFileName, backupFileSchema, buildBackup, serialiseBackup, type BackupFile } from './format';
export { MIGRATIONS, type BackupDocument, type BackupMigration, type BackupMigrations } from './migrations';
export { type Fault } from './faults';
export { SHOWN, type BackupIssue, type BackupProblem, type BackupProblemCode, type BackupWhere } from './problems';
export { type ReferenceCode } from './references';
export { readBackup, readBackupWith, summarise, type BackupRead, type BackupSummary } from './read';
