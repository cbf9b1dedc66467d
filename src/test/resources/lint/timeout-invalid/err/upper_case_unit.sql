SET lock_timeout TO '2S';
