from tasscli.cli.main import start

if __name__ == "__main__":  # not when a worker process (spawn) imports it again
    start()
