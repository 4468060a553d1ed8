"""examdesk: the exam-day station for Dutch schools and exam institutes."""

__version__ = "0.1.0"
APP_NAME = "examdesk"
