/** The clients pages use the shared DateField (dd/mm/jjjj, ISO value); kept as a re-export for their imports. */
export { DateField } from '../../components/DateField.tsx';
