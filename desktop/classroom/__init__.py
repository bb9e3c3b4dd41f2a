"""The class in the window: the teacher's hub and dashboard, the student's link to it."""
