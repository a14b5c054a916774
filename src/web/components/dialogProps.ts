/** What every dialog on an organisation's page gets: the organisation, whether it is open, how to close it. */
export interface OrgDialogProps {
  orgId: string;
  opened: boolean;
  onClose: () => void;
}
