SET lock_timeout = 5000;
