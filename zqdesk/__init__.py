"""zqdesk — offline review desk for Smart Qinzhou IT project applications (智慧钦州评审桌面)."""

__version__ = "0.1.0"
