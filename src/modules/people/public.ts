/** What other modules may use of people (see docs/architecture.md): who works here (directory.ts). */
export {
  type EmployeeName,
  employeeIn,
  employeeNameOfUser,
  employeesOf,
  type TrainingRef,
  trainingsOf,
} from './directory.ts';
