"""The open project in the window: the network document (undo), the project state (netcore's
ProjectModel as Qt signals), opening and saving files, exports, the dataset picker, the
student's own data, and the questions the window asks (file choosers, confirmations)."""
